/**
 * The feedback API: record observations, read an asset's figures and a category's
 * insight.
 */
@NullMarked
package io.aigcfactory.feedback.web;

import org.jspecify.annotations.NullMarked;
