/**
 * Shared Spring glue for the factory's services: messaging, outbox, web conventions,
 * storage and cache ports, each in its own package with its auto-configuration.
 */
@NullMarked
package io.aigcfactory.platform;

import org.jspecify.annotations.NullMarked;
