/**
 * The webhook channel: each publication POSTed as signed JSON to a receiver.
 */
@NullMarked
package io.aigcfactory.distribution.channel.webhook;

import org.jspecify.annotations.NullMarked;
