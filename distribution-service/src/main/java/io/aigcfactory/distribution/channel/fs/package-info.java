/**
 * The filesystem export channel: a folder per channel, a folder per asset, a manifest.
 */
@NullMarked
package io.aigcfactory.distribution.channel.fs;

import org.jspecify.annotations.NullMarked;
