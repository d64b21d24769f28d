/**
 * Product photos: uploaded or fetched from the merchant's URLs, checked to be a PNG, JPEG
 * or WebP of bounded size, and kept in the blob store per tenant.
 */
@NullMarked
package io.aigcfactory.creative.media;

import org.jspecify.annotations.NullMarked;
