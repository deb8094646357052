package org.vigie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.vigie.rules.RulesCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VigieApplication {
    public static void main(String[] args) {
        InstantsInUtc.pinDefaultZone();
        if (RulesCommand.handles(args)) {
            System.exit(RulesCommand.run(args, System.out));
        }
        SpringApplication.run(VigieApplication.class, args);
    }
}
