import { NodeViewWrapper, ReactNodeViewRenderer, type NodeViewProps } from '@tiptap/react';
import { FigureImage, type FigureImageAttributes } from '../../../core/document/figure-image';
import { isMediaSource } from '../../../core/document/media-source';
import { fieldDirection } from '../../../core/text/field-direction';
import { useText } from '../i18n/text-context';

function FigureImageView({ node, updateAttributes, selected, editor }: NodeViewProps) {
  const text = useText().editor;
  // Caption, credit and alt text belong to the article: empty or tied, they follow its direction.
  const surrounding = editor.view.dom.closest('[dir]')?.getAttribute('dir') === 'ltr' ? 'ltr' : 'rtl';
  const { src, alt, caption, credit } = node.attrs as FigureImageAttributes;
  const field = (name: 'alt' | 'caption' | 'credit', label: string, value: string) => (
    <label className="figure-field">
      <span>{label}</span>
      <input dir={fieldDirection(value, surrounding)} value={value} onChange={(event) => updateAttributes({ [name]: event.target.value })} />
    </label>
  );
  return (
    <NodeViewWrapper as="figure" className={selected ? 'figure-image figure-image--selected' : 'figure-image'} data-drag-handle="">
      {isMediaSource(src) && <img src={src} alt={alt} draggable={false} />}
      <div className="figure-fields" contentEditable={false}>
        {field('caption', text.imageCaption, caption)}
        {field('credit', text.imageCredit, credit)}
        {field('alt', text.imageAlt, alt)}
      </div>
    </NodeViewWrapper>
  );
}

/** The image node with its caption, credit and alt text editable in place. */
export const EditableFigureImage = FigureImage.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FigureImageView);
  },
});
