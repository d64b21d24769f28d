/**
 * The channel catalogue: the channels materials can be published to, shared by the
 * services that accept targets (creative) and publish to them (distribution).
 */
@NullMarked
package io.aigcfactory.platform.channel;

import org.jspecify.annotations.NullMarked;
