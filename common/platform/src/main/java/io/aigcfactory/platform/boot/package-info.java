/**
 * Launching a service as its own Spring Boot application, with its own configuration file
 * name.
 */
@NullMarked
package io.aigcfactory.platform.boot;

import org.jspecify.annotations.NullMarked;
