package id.gerai.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gerai.demo.*}: whether a fresh embedded database gets the demo accounts. Even when
 * enabled, nothing happens on PostgreSQL or on a database that already holds an account.
 */
@ConfigurationProperties("gerai.demo")
public record DemoProperties(boolean enabled) {}
