package org.vigie.web;

import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Errors answered as problems everywhere, and the response's format decided before an operation acts. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {
    private final ObjectProvider<HttpMessageConverters> converters;

    WebConfiguration(ObjectProvider<HttpMessageConverters> converters) {
        this.converters = converters;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // the error page answers a problem whatever was accepted: refusing it with 406 would hide the real error
        registry.addInterceptor(new AcceptedBeforeActing(converters)).excludePathPatterns("/error");
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return new ProblemReportValveCustomizer();
    }

    /** Runs after Spring Boot's own customizer, which installs a plain ErrorReportValve on the host: ours replaces it. */
    static final class ProblemReportValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ProblemReportValve());
                if (host instanceof StandardHost standard) {
                    // so that Tomcat, at start, finds its error valve present and adds no other
                    standard.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
