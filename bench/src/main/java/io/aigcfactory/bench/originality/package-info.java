/**
 * Originality at scale: the HNSW lookup at a million stored fingerprints, and a catalog
 * of look-alike products run through the originality check with an independent
 * near-duplicate checker.
 */
@NullMarked
package io.aigcfactory.bench.originality;

import org.jspecify.annotations.NullMarked;
