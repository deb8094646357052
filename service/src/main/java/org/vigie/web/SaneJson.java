package org.vigie.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON bodies checked as they are read, so that no code downstream meets a value it cannot keep:
 * every text and date passes {@link SaneText}, a {@code null} inside an array or as a number is
 * refused (a list of ids never holds a hole), all with the field's path.
 */
@Configuration
class SaneJson {
    @Bean
    Jackson2ObjectMapperBuilderCustomizer saneJsonInput(InputSettings settings) {
        SaneText sane = new SaneText(settings);
        SimpleModule module = new SimpleModule("sane-input");
        module.addDeserializer(String.class, new CheckedText(sane));
        module.addDeserializer(LocalDate.class, new CheckedDate<>(LocalDate.class, LocalDateDeserializer.INSTANCE, sane));
        module.addDeserializer(LocalDateTime.class, new CheckedDate<>(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE, sane));
        module.addDeserializer(OffsetDateTime.class, new CheckedDate<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME, sane));
        return builder -> builder.postConfigurer(mapper -> {
            mapper.registerModule(module);
            mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
            mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        });
    }

    private static final class CheckedText extends StdScalarDeserializer<String> {
        private final transient SaneText sane;

        CheckedText(SaneText sane) {
            super(String.class);
            this.sane = sane;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                var refusal = sane.refusal(text);
                if (refusal.isPresent()) {
                    throw new RefusedInputException(parser, refusal.get());
                }
            }
            return text;
        }
    }

    private static final class CheckedDate<T extends TemporalAccessor> extends StdScalarDeserializer<T> {
        private final transient JsonDeserializer<T> parse;
        private final transient SaneText sane;

        CheckedDate(Class<T> type, JsonDeserializer<T> parse, SaneText sane) {
            super(type);
            this.parse = parse;
            this.sane = sane;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T date = parse.deserialize(parser, context);
            if (date != null) {
                var refusal = sane.refusal(date);
                if (refusal.isPresent()) {
                    throw new RefusedInputException(parser, refusal.get());
                }
            }
            return date;
        }
    }
}
