/**
 * The brand-kit API: {@code /api/v1/brands}.
 */
@NullMarked
package io.aigcfactory.creative.brand.web;

import org.jspecify.annotations.NullMarked;
