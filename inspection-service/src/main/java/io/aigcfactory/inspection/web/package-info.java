/**
 * The inspections API: the verdict on an asset and its reasons.
 */
@NullMarked
package io.aigcfactory.inspection.web;

import org.jspecify.annotations.NullMarked;
