/**
 * The product detail page (详情页): its sections from the product's facts and the copy, as
 * HTML from a Thymeleaf template and as the long image marketplaces take.
 */
@NullMarked
package io.aigcfactory.production.detail;

import org.jspecify.annotations.NullMarked;
