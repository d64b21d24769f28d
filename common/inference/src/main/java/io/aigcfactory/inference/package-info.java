/**
 * The inference API services call: submit work to a model through its batcher and get a
 * future back, whatever backend runs the model.
 */
@NullMarked
package io.aigcfactory.inference;

import org.jspecify.annotations.NullMarked;
