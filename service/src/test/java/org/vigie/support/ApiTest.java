package org.vigie.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the API tests: the whole service on a random port, on the MySQL-compatible test
 * database, with the rules of the repository's rules/ folder, on a {@link TestClock} a test may move.
 * All API tests share this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClock.Configuration.class, TestGateways.Configuration.class})
public abstract class ApiTest {
    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestClock clock;

    protected Api api;

    @Autowired
    private AutowireCapableBeanFactory beans;

    static {
        TestMail.server();
        TestRules.workspace();
    }

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    /** Another API test class, wired and connected like this one: to walk its table of operations, with its fixtures, from here. */
    protected <T extends ApiTest> T borrow(Class<T> type) {
        T other = beans.createBean(type);
        other.api = new Api(port);
        return other;
    }

    @AfterEach
    void backToTheRunningDay() {
        clock.reset();
    }

    protected long count(String table, String where, Object... params) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + where).params(params).query(Long.class).single();
    }
}
