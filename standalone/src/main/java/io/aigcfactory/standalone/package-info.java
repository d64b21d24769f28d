/**
 * The standalone platform: every service in one JVM with the embedded defaults (an
 * in-process KRaft Kafka broker, H2, Caffeine, Lucene, the local filesystem), and the
 * demo that drives the sample catalog through it.
 */
@NullMarked
package io.aigcfactory.standalone;

import org.jspecify.annotations.NullMarked;
