import { crc32, createDeflate, type Deflate } from 'node:zlib';

/**
 * Writes a PNG from RGBA rows handed over band by band, so the whole picture never has to be
 * in memory at once. Rows go unfiltered through zlib at level 1: a flat-coloured blueprint
 * compresses well that way, at a fraction of the time resvg's own encoder takes.
 */
export class PngWriter {
  private readonly deflate: Deflate = createDeflate({ level: 1, chunkSize: 1 << 20 });
  private readonly compressed: Buffer[] = [];
  private readonly finished: Promise<void>;
  private rows = 0;

  constructor(private readonly width: number, private readonly height: number) {
    this.deflate.on('data', (chunk: Buffer) => this.compressed.push(chunk));
    this.finished = new Promise((resolve, reject) => {
      this.deflate.on('end', resolve);
      this.deflate.on('error', reject);
    });
  }

  /** Appends whole rows of straight RGBA pixels, top to bottom. */
  async addRows(rgba: Uint8Array): Promise<void> {
    const stride = this.width * 4;
    const rows = rgba.length / stride;
    if (!Number.isInteger(rows) || this.rows + rows > this.height) throw new Error(`PNG band of ${rgba.length} bytes does not fit ${this.width} × ${this.height}`);
    const source = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
    const block = Buffer.alloc(rows * (stride + 1));
    for (let r = 0; r < rows; r++) source.copy(block, r * (stride + 1) + 1, r * stride, (r + 1) * stride);
    this.rows += rows;
    if (!this.deflate.write(block)) await new Promise((resolve) => this.deflate.once('drain', resolve));
  }

  async finish(): Promise<Buffer> {
    if (this.rows !== this.height) throw new Error(`PNG has ${this.rows} of ${this.height} rows`);
    this.deflate.end();
    await this.finished;
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header[8] = 8; // bits per channel
    header[9] = 6; // RGBA
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', Buffer.concat(this.compressed)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
