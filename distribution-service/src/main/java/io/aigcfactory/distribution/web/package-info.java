/**
 * The distribution API: the channel catalogue and the publications of assets.
 */
@NullMarked
package io.aigcfactory.distribution.web;

import org.jspecify.annotations.NullMarked;
