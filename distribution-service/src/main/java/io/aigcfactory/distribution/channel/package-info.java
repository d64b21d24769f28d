/**
 * Channels: the port every publication target implements, and the registry that builds
 * one adapter per channel of the catalogue.
 */
@NullMarked
package io.aigcfactory.distribution.channel;

import org.jspecify.annotations.NullMarked;
