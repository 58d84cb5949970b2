/**
 * The draft of the personal policy, against the saved one. When the saved
 * policy changes in another context: an untouched draft follows it; a draft
 * with unsaved changes is kept and the page offers to load the new version.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Policy } from '../core/policy/types';
import { draftFromPolicy, draftToPolicy, samePolicy, type Draft } from './model';

export interface PersonalDraft {
  draft: Draft;
  setDraft: (draft: Draft) => void;
  dirty: boolean;
  /** The saved policy changed elsewhere while this draft had unsaved changes. */
  changedElsewhere: boolean;
  /** Drops the draft for the saved policy. */
  reset: () => void;
  /** The draft was just written: it is the new baseline. */
  markSaved: (policy: Policy) => void;
}

export function usePersonalDraft(saved: Policy): PersonalDraft {
  const [baseline, setBaseline] = useState<Policy>(saved);
  const [draft, setDraft] = useState<Draft>(() => draftFromPolicy(saved));
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const current = draftToPolicy(draft);
  const dirty = !samePolicy(current, baseline);

  useEffect(() => {
    if (samePolicy(saved, baseline)) return;
    if (samePolicy(current, saved)) {
      // Our own save came back (possibly normalised), or someone saved exactly this.
      setBaseline(saved);
      setChangedElsewhere(false);
    } else if (!dirty) {
      setBaseline(saved);
      setDraft(draftFromPolicy(saved));
      setChangedElsewhere(false);
    } else {
      setChangedElsewhere(true);
    }
    // Only a new saved policy triggers this; draft edits do not.
  }, [saved]);

  return {
    draft,
    setDraft,
    dirty,
    changedElsewhere,
    reset: () => {
      setBaseline(saved);
      setDraft(draftFromPolicy(saved));
      setChangedElsewhere(false);
    },
    markSaved: (policy) => {
      setBaseline(policy);
      setChangedElsewhere(false);
    },
  };
}
