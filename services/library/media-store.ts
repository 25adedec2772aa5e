import { createHash } from 'node:crypto';
import path from 'node:path';
import { failure, success, type ApiResult } from '../../core/api/api-error';
import { maximumMediaBytes } from '../../core/api/api-contract';
import { atomicWriteFile } from '../storage/atomic-write-file';
import { realFileSystem, type FileSystem } from '../storage/file-system';
import { storageFailure } from '../storage/storage-failure';

const signatures: ReadonlyArray<{ readonly extension: string; readonly matches: (bytes: Buffer) => boolean }> = [
  { extension: 'png', matches: (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { extension: 'jpg', matches: (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff },
  { extension: 'gif', matches: (bytes) => bytes.subarray(0, 6).toString('latin1') === 'GIF87a' || bytes.subarray(0, 6).toString('latin1') === 'GIF89a' },
  { extension: 'webp', matches: (bytes) => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP' },
];

/** Images copied into the library under their content hash, so the same file is stored once. */
export class MediaStore {
  constructor(
    readonly directory: string,
    private readonly fileSystem: FileSystem = realFileSystem,
  ) {}

  /** Stores an image given as base64; only PNG, JPEG, GIF and WebP by their actual bytes. */
  store(fileName: string, dataBase64: string): Promise<ApiResult<{ src: string }>> {
    return this.storeBytes(fileName, Buffer.from(dataBase64, 'base64'));
  }

  /** Stores an image's bytes under their content hash. */
  async storeBytes(fileName: string, bytes: Buffer): Promise<ApiResult<{ src: string }>> {
    const named = nameOf(fileName, bytes);
    return named.ok ? this.write(fileName, named.value, bytes) : named;
  }

  /** Stores an image that arrives under its name (desk sync): only when the bytes are an image whose hash and kind make that very name. */
  async storeNamed(name: string, bytes: Buffer): Promise<ApiResult<{ src: string }>> {
    const named = nameOf(name, bytes);
    if (!named.ok) return named;
    if (named.value !== name) return failure('invalid-input', `${name}: its bytes are not the image its name says.`);
    return this.write(name, name, bytes);
  }

  private async write(fileName: string, name: string, bytes: Buffer): Promise<ApiResult<{ src: string }>> {
    try {
      await this.fileSystem.mkdir(this.directory, { recursive: true });
      await atomicWriteFile(this.fileSystem, path.join(this.directory, name), bytes);
    } catch (error) {
      return storageFailure(error, `copy ${fileName} into the library`);
    }
    return success({ src: `media/${name}` });
  }
}

/** The name an image is kept under (<sha256>.<ext>), or why it is not kept: empty, too large, not a PNG, JPEG, GIF or WebP by its bytes. */
function nameOf(fileName: string, bytes: Buffer): ApiResult<string> {
  if (bytes.length === 0) return failure('invalid-input', `${fileName} is empty.`);
  if (bytes.length > maximumMediaBytes) return failure('invalid-input', `${fileName} is larger than ${maximumMediaBytes / 1024 / 1024} MB.`);
  const kind = signatures.find((signature) => signature.matches(bytes));
  if (!kind) return failure('invalid-input', `${fileName} is not a PNG, JPEG, GIF or WebP image.`);
  return success(`${createHash('sha256').update(bytes).digest('hex')}.${kind.extension}`);
}
