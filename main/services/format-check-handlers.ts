/**
 * "Kiểm tra thể thức" through the API (the CLI's `duthao check`): the format
 * check of a saved draft or of a document from outside the library, as the
 * draft or the final copy — decided by `copyVariantOf`, as the export decides.
 */
import { copyVariantOf } from '../../common/document/copy-variant';
import { profileOf } from '../../common/document/accessors';
import type { DocJSON } from '../../common/document/types';
import { checkFormat } from '../../common/format-check/check-format';
import { builtinProfile } from '../../common/profile/builtin';
import type { ApiHandlers } from '../api/handlers';
import type { ServiceContext } from './context';
import { incomingDocument } from './incoming-document';
import { notFoundDraft } from './not-found';

/** The handler of checkDocumentFormat. */
export function formatCheckHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'checkDocumentFormat'> {
  return {
    checkDocumentFormat: ({ id, doc: json, variant, profile }) => {
      let doc: DocJSON;
      if (id !== undefined) {
        const draft = ctx.store.getDraft(id);
        if (!draft) throw notFoundDraft(id);
        doc = JSON.parse(draft.docJson) as DocJSON;
      } else {
        doc = incomingDocument(json);
      }
      const chosenVariant = copyVariantOf(doc, variant);
      const chosenProfile = profile ?? profileOf(doc);
      return { variant: chosenVariant, profile: chosenProfile, issues: checkFormat(doc, builtinProfile(chosenProfile), ctx.now(), chosenVariant) };
    },
  };
}
