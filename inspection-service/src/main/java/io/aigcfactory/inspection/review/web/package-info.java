/**
 * The review queue's REST API.
 */
@NullMarked
package io.aigcfactory.inspection.review.web;

import org.jspecify.annotations.NullMarked;
