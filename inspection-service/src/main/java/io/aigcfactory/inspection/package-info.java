/**
 * The inspection service: the compliance funnel and the originality check every asset
 * passes before it may be published.
 */
@NullMarked
package io.aigcfactory.inspection;

import org.jspecify.annotations.NullMarked;
