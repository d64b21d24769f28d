/**
 * The provenance of every asset: an append-only, hash-chained record of how it was made,
 * judged and published, verifiable on request and exportable as a signed manifest.
 */
@NullMarked
package io.aigcfactory.creative.provenance;

import org.jspecify.annotations.NullMarked;
