package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * The API contract names a body's schema by its record's simple name, so two records of the same
 * name with different fields would be described as one, and one of them wrongly. Records of one
 * name must have the same components.
 */
class RecordNamesTests {

    @Test
    void recordsOfTheSameSimpleNameHaveTheSameComponents() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Record".equals(reader.getClassMetadata().getSuperClassName()));
        Map<String, List<String>> shapesByName = new TreeMap<>();
        for (var definition : scanner.findCandidateComponents("org.vigie")) {
            Class<?> record = ClassUtils.forName(definition.getBeanClassName(), getClass().getClassLoader());
            if (record.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                continue; // the tests' own records never reach the contract
            }
            String shape = Arrays.stream(record.getRecordComponents())
                    .map(c -> c.getGenericType().getTypeName() + " " + c.getName()).collect(Collectors.joining(", "));
            shapesByName.computeIfAbsent(record.getSimpleName(), n -> new ArrayList<>()).add(record.getName() + "(" + shape + ")");
        }
        assertThat(shapesByName).as("records found").hasSizeGreaterThan(50);
        List<String> clashes = shapesByName.values().stream()
                .filter(shapes -> shapes.stream().map(s -> s.substring(s.indexOf('('))).distinct().count() > 1)
                .map(Object::toString).toList();
        assertThat(clashes).as("records of one name with different components (rename one)").isEmpty();
    }
}
