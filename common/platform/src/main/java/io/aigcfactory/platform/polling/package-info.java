/**
 * Background work that runs in rounds: at once when woken, otherwise at a poll interval.
 */
@NullMarked
package io.aigcfactory.platform.polling;

import org.jspecify.annotations.NullMarked;
