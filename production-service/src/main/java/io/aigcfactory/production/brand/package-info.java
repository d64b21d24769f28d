/**
 * Brand kits in production: the kit's logo, decoded and cached, and the brand-compliance
 * score of what was produced.
 */
@NullMarked
package io.aigcfactory.production.brand;

import org.jspecify.annotations.NullMarked;
