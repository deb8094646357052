package org.vigie.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** One in-process SMTP server for the whole test run, on the port the test configuration names. */
public final class TestMail {
    /** 3025 unless VIGIE_TEST_MAIL_PORT says otherwise (two test runs side by side on one machine). */
    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("VIGIE_TEST_MAIL_PORT", "3025"));
    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }
}
