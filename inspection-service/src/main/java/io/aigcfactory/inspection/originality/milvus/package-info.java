/**
 * The originality index as a Milvus collection, for the cluster profile.
 */
@NullMarked
package io.aigcfactory.inspection.originality.milvus;

import org.jspecify.annotations.NullMarked;
