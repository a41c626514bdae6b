/**
 * Flags kept per item on the CPU (by the visibility index) and read per vertex on the GPU: a
 * texture of one byte per item, so that a change of many flags costs one upload and no vertex
 * buffer write. One object is shared by every program of every renderer that reads the flags.
 */
export interface ItemFlags {
  /** Per item, by the index its display data carries: 1 or 0. */
  readonly flags: Uint8Array;
  /** Changes whenever a flag does, so that the texture is uploaded only then. */
  readonly version: number;
}

/** Texels per row of a flags texture: a power of two, so the shader's division is exact. */
const FLAGS_ROW = 2048;

/**
 * GLSL for `bool <name>(float index)`: whether the item's flag is set, read from the texture
 * `sampler` whose size in texels is the uniform `shape`. The bytes are the flags as they are: a
 * 0 reads back as exactly 0.0 (nearest texel, no filtering), a 1 as 1/255, which a low-precision
 * sampler may round; so the test is against zero.
 */
export function flagTestSource(name: string, sampler: string, shape: string): string {
  return `uniform sampler2D ${sampler};
uniform vec2 ${shape};
bool ${name}(float index) {
  float row = floor(index / ${shape}.x);
  vec2 texel = vec2(index - row * ${shape}.x, row) + 0.5;
  return texture2D(${sampler}, texel / ${shape}).r > 0.0;
}`;
}

interface FlagsTexture {
  texture: WebGLTexture;
  rows: number;
  uploadedVersion: number;
}

/**
 * Per WebGL context, the texture of each source of flags. Several programs draw in one context
 * (each edge program, twice with the picking pass): they share the texture, which is uploaded
 * once per change of the flags rather than once per program. A texture lives as long as its
 * context.
 */
const texturesByContext = new WeakMap<WebGLRenderingContext, Map<ItemFlags, FlagsTexture>>();

/** For a program's constructor: flags textures need a GPU that reads textures in vertex shaders. */
export function assertVertexTextures(gl: WebGLRenderingContext, owner: string): void {
  if (gl.getParameter(gl.MAX_VERTEX_TEXTURE_IMAGE_UNITS) < 1)
    throw new Error(`${owner}: this GPU cannot read textures in vertex shaders`);
}

function textureOf(gl: WebGLRenderingContext, source: ItemFlags, owner: string): FlagsTexture {
  let textures = texturesByContext.get(gl);
  if (!textures) texturesByContext.set(gl, (textures = new Map()));
  let state = textures.get(source);
  if (state) return state;
  const texture = gl.createTexture();
  if (!texture) throw new Error(`${owner}: could not create the flags texture`);
  state = { texture, rows: 0, uploadedVersion: NaN };
  textures.set(source, state);
  return state;
}

/**
 * Binds the flags' texture to texture unit `unit` of the program in use, uploading the flags
 * first when they changed since the last upload in this context, and sets the sampler and shape
 * uniforms that `flagTestSource` reads.
 */
export function bindFlags(
  gl: WebGLRenderingContext,
  source: ItemFlags,
  unit: number,
  uniforms: { sampler: WebGLUniformLocation; shape: WebGLUniformLocation },
  owner: string,
): void {
  const state = textureOf(gl, source, owner);
  gl.activeTexture(gl.TEXTURE0 + unit);
  gl.bindTexture(gl.TEXTURE_2D, state.texture);
  if (source.version !== state.uploadedVersion) upload(gl, state, source.flags);
  state.uploadedVersion = source.version;
  gl.uniform1i(uniforms.sampler, unit);
  gl.uniform2f(uniforms.shape, FLAGS_ROW, state.rows);
}

/** Sends the bound texture the flags: the full rows at once, then the last one, with no copy. */
function upload(gl: WebGLRenderingContext, state: FlagsTexture, flags: Uint8Array): void {
  const { TEXTURE_2D, LUMINANCE, UNSIGNED_BYTE } = gl;
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
  const rows = Math.max(1, Math.ceil(flags.length / FLAGS_ROW));
  if (rows !== state.rows) {
    // Storage is allocated once per size; later uploads write into it.
    state.rows = rows;
    gl.texParameteri(TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    gl.texParameteri(TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    gl.texImage2D(TEXTURE_2D, 0, LUMINANCE, FLAGS_ROW, rows, 0, LUMINANCE, UNSIGNED_BYTE, null);
  }
  const write = (row: number, width: number, height: number, data: Uint8Array) =>
    gl.texSubImage2D(TEXTURE_2D, 0, 0, row, width, height, LUMINANCE, UNSIGNED_BYTE, data);
  const fullRows = Math.floor(flags.length / FLAGS_ROW);
  const inFullRows = fullRows * FLAGS_ROW;
  if (fullRows > 0) write(0, FLAGS_ROW, fullRows, flags.subarray(0, inFullRows));
  if (flags.length > inFullRows) write(fullRows, flags.length - inFullRows, 1, flags.subarray(inFullRows));
}
