package io.aigcfactory.production.image.local;

/**
 * One line of a text block.
 *
 * @param start index of its first character
 * @param end index past its last drawn character
 * @param width its advance at the block's size, the ellipsis included
 * @param ellipsis whether the text goes on past {@code end} and an ellipsis says so
 */
record Line(int start, int end, float width, boolean ellipsis) {

}
