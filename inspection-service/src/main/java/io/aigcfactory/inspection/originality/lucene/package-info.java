/**
 * The originality index as a Lucene HNSW vector index on local disk.
 */
@NullMarked
package io.aigcfactory.inspection.originality.lucene;

import org.jspecify.annotations.NullMarked;
