import JSZip from 'jszip';

export interface DocxParagraph {
  readonly style?: 'Title' | 'Heading1' | 'Heading2' | 'ListParagraph';
  readonly runs: ReadonlyArray<{ readonly text: string; readonly bold?: boolean; readonly italic?: boolean; readonly link?: string }>;
  readonly rtl?: boolean;
  /** A bulleted (1) or numbered (2) list item. */
  readonly list?: 1 | 2;
}

/** A Word table, one string per cell; the first row is marked as the header row. */
export interface DocxTable {
  readonly table: ReadonlyArray<readonly string[]>;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Builds a real .docx (a zip of WordprocessingML parts) so Word import is tested on the format itself. */
export async function makeDocx(blocks: ReadonlyArray<DocxParagraph | DocxTable>, image?: Buffer): Promise<Buffer> {
  const links: string[] = [];
  const body = blocks
    .map((paragraph) => {
      if ('table' in paragraph) {
        const rows = paragraph.table.map((cells, index) => `<w:tr>${index === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((cell) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${escape(cell)}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`);
        return `<w:tbl><w:tblPr><w:bidiVisual/></w:tblPr>${rows.join('')}</w:tbl>`;
      }
      const numbering = paragraph.list ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${paragraph.list}"/></w:numPr>` : '';
      const properties = `<w:pPr>${paragraph.style ? `<w:pStyle w:val="${paragraph.style}"/>` : ''}${numbering}${paragraph.rtl ? '<w:bidi/>' : ''}</w:pPr>`;
      const runs = paragraph.runs
        .map((run) => {
          const runXml = `<w:r><w:rPr>${run.bold ? '<w:b/>' : ''}${run.italic ? '<w:i/>' : ''}</w:rPr><w:t xml:space="preserve">${escape(run.text)}</w:t></w:r>`;
          if (!run.link) return runXml;
          links.push(run.link);
          return `<w:hyperlink r:id="rIdLink${links.length}">${runXml}</w:hyperlink>`;
        })
        .join('');
      return `<w:p>${properties}${runs}</w:p>`;
    })
    .join('');
  const drawing = image
    ? `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="صورة" descr="وصف الصورة"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="image.png" descr="وصف الصورة"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImage"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
    : '';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
  );
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>${links
      .map((link, index) => `<Relationship Id="rIdLink${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escape(link)}" TargetMode="External"/>`)
      .join('')}${image ? '<Relationship Id="rIdImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>' : ''}</Relationships>`,
  );
  if (image) zip.file('word/media/image1.png', image);
  zip.file(
    'word/numbering.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num></w:numbering>',
  );
  zip.file(
    'word/styles.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      [['Title', 'Title'], ['Heading1', 'heading 1'], ['Heading2', 'heading 2'], ['ListParagraph', 'List Paragraph']]
        .map(([id, name]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`)
        .join('') +
      '</w:styles>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${body}${drawing}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
