/**
 * Fetching photos from merchants' URLs without reaching internal networks: every address
 * is checked before connecting, and again after each redirect.
 */
@NullMarked
package io.aigcfactory.creative.media.fetch;

import org.jspecify.annotations.NullMarked;
