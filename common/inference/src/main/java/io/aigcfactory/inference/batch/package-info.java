/**
 * The dynamic batcher: bounded, deadline- and priority-aware queues in front of a model
 * backend, with work-conserving dispatch over its endpoints.
 */
@NullMarked
package io.aigcfactory.inference.batch;

import org.jspecify.annotations.NullMarked;
