// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { documentExtensions } from '../../core/document/document-extensions';
import { Proofing, proofingStateOf } from '../../core/document/proofing';
import { createHunspellSpeller, type HunspellDictionary } from '../../core/proofing/hunspell-speller';
import { inProcessProofer, type Proofer, type ProofingBlock } from '../../core/proofing/proofer';
import { proofingConfiguration } from '../../core/proofing/proofing-configuration';
import type { Speller } from '../../core/proofing/speller';
import { defaultSettings } from '../../core/settings/settings-schema';

let speller: Speller;
beforeAll(async () => {
  // happy-dom replaces the global URL, which node:fs does not accept, so the dictionaries are read through a plain path.
  const { readFile } = await import('node:fs/promises');
  const read = async (language: string): Promise<HunspellDictionary> => ({
    aff: new Uint8Array(await readFile(`assets/dictionaries/${language}/${language}.aff`)),
    dic: new Uint8Array(await readFile(`assets/dictionaries/${language}/${language}.dic`)),
  });
  speller = await createHunspellSpeller({ ar: await read('ar'), en: await read('en') });
}, 30_000);

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** The real in-process proofer, with a record of every block it was asked to proof. */
function recordingProofer(): Proofer & { readonly asked: ProofingBlock[] } {
  const proofer = inProcessProofer(Promise.resolve(speller));
  proofer.configure(proofingConfiguration(defaultSettings, { personal: [], desk: [] }));
  const asked: ProofingBlock[] = [];
  return {
    ...proofer,
    asked,
    proofBlocks: (blocks) => {
      asked.push(...blocks);
      return proofer.proofBlocks(blocks);
    },
  };
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function editorWith(proofer: Proofer, texts: readonly string[]): Editor {
  editor = new Editor({
    extensions: [...documentExtensions(), Proofing.configure({ proofer, delay: 0, describe: (finding) => `${finding.kind}:${finding.rule}` })],
    content: { type: 'doc', content: texts.map(paragraph) },
  });
  return editor;
}

const findings = (instance: Editor) => proofingStateOf(instance.state).findings.map((finding) => `${finding.rule}:${finding.text}`);

describe('proofing in the editor', () => {
  it('marks misspellings and style findings as decorations that never reach the document', async () => {
    const instance = editorWith(recordingProofer(), ['قال المتحدث, إن الازمة مستمرة', 'اجتمع الوزيران في في جنيف']);
    await vi.waitFor(() => expect(findings(instance)).toEqual(['latin-punctuation:,', 'ar:الازمة', 'doubled-word: في']));
    expect(instance.view.dom.querySelectorAll('.proofing-spelling')).toHaveLength(1);
    expect(instance.view.dom.querySelectorAll('.proofing-style')).toHaveLength(2);
    expect(instance.view.dom.querySelector('.proofing-spelling')?.getAttribute('title')).toBe('spelling:ar');
    expect(instance.getHTML()).not.toContain('proofing');
    expect(JSON.stringify(instance.getJSON())).not.toContain('proofing');
  });

  it('sends only the paragraph that changed to the proofer', async () => {
    const proofer = recordingProofer();
    const instance = editorWith(proofer, ['الفقرة الأولى سليمة', 'الفقرة الثانية سليمة', 'الفقرة الثالثة سليمة']);
    await vi.waitFor(() => expect(proofer.asked).toHaveLength(3));
    instance.commands.insertContentAt(instance.state.doc.child(0).nodeSize + 1, 'الازمة ');
    await vi.waitFor(() => expect(findings(instance)).toEqual(['ar:الازمة']));
    expect(proofer.asked.slice(3).map((block) => block.text)).toEqual(['الازمة الفقرة الثانية سليمة']);
  });

  it('replaces a misspelling with a suggestion and applies a style fix, each in its place', async () => {
    const instance = editorWith(recordingProofer(), ['قال المتحدث, إن الازمة مستمرة']);
    await vi.waitFor(() => expect(findings(instance)).toHaveLength(2));
    const [comma, misspelling] = proofingStateOf(instance.state).findings;
    expect(instance.commands.replaceFinding(misspelling!, 'الأزمة')).toBe(true);
    // Still in place after the edit behind it: offsets were mapped, so the fix lands on the comma.
    const mappedComma = proofingStateOf(instance.state).findings.find((finding) => finding.id === comma!.id)!;
    expect(mappedComma.kind === 'style' && instance.commands.replaceFinding(mappedComma, mappedComma.replacement)).toBe(true);
    expect(instance.getText()).toBe('قال المتحدث، إن الأزمة مستمرة');
    await vi.waitFor(() => expect(findings(instance)).toEqual([]));
  });

  it('refuses a stale fix whose text changed meanwhile', async () => {
    const instance = editorWith(recordingProofer(), ['الازمة']);
    await vi.waitFor(() => expect(findings(instance)).toHaveLength(1));
    const [finding] = proofingStateOf(instance.state).findings;
    instance.commands.setContent({ type: 'doc', content: [paragraph('كلمة أخرى')] });
    expect(instance.commands.replaceFinding(finding!, 'الأزمة')).toBe(false);
    expect(instance.getText()).toBe('كلمة أخرى');
  });

  it('keeps an ignored finding unmarked when its paragraph is proofed again', async () => {
    const instance = editorWith(recordingProofer(), ['الازمة هنا']);
    await vi.waitFor(() => expect(findings(instance)).toHaveLength(1));
    instance.commands.ignoreFinding(proofingStateOf(instance.state).findings[0]!);
    expect(findings(instance)).toEqual([]);
    instance.commands.insertContentAt(instance.state.doc.content.size - 1, ' الان');
    await vi.waitFor(() => expect(findings(instance)).toEqual(['ar:الان']));
  });

  it('drops answers that arrive after the accepted words changed, and proofs again', async () => {
    const proofer = inProcessProofer(Promise.resolve(speller));
    const configuration = proofingConfiguration(defaultSettings, { personal: [], desk: [] });
    proofer.configure(configuration);
    let releaseFirst: (() => void) | undefined;
    let calls = 0;
    const slow: Proofer = {
      ...proofer,
      proofBlocks: async (blocks) => {
        calls += 1;
        const answer = await proofer.proofBlocks(blocks);
        if (calls === 1) await new Promise<void>((resolve) => (releaseFirst = resolve));
        return answer;
      },
    };
    const instance = editorWith(slow, ['وصل إلى سوتشي']);
    await vi.waitFor(() => expect(releaseFirst).toBeDefined());
    // The desk adds the word while the first answer, which still flags it, is on its way.
    proofer.configure({ ...configuration, acceptedWords: ['سوتشي'] });
    instance.commands.reproof();
    releaseFirst!();
    await vi.waitFor(() => expect(calls).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(findings(instance)).toEqual([]);
    expect(instance.view.dom.querySelectorAll('.proofing-spelling')).toHaveLength(0);
  });

  it('marks the less used digit system across the whole article', async () => {
    const instance = editorWith(recordingProofer(), ['في عام ٢٠١٦ قتل ٥٠٠ شخص', 'وفي 2017 قتل ٣٠٠']);
    await vi.waitFor(() => expect(findings(instance)).toEqual(['mixed-digits:2017']));
  });
});
