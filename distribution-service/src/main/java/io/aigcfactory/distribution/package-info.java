/**
 * The distribution service: publishes approved assets to channels and records each
 * publication.
 */
@NullMarked
package io.aigcfactory.distribution;

import org.jspecify.annotations.NullMarked;
