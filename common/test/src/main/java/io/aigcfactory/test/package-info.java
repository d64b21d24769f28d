/**
 * Test support shared by the services: the real local PostgreSQL and Redis (with a
 * Testcontainers fallback where Docker runs), and probes that read what reached a topic.
 */
@NullMarked
package io.aigcfactory.test;

import org.jspecify.annotations.NullMarked;
