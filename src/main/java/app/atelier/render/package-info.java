/** The local video engine: camera motions rendered from one photo into H.264 MP4 on this machine. */
@NullMarked
package app.atelier.render;

import org.jspecify.annotations.NullMarked;
