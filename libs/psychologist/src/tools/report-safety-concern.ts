import { llm } from '@livekit/agents';
import { z } from 'zod';
import { CrisisKind } from '@amigo/contracts';
import { SafetyLayer } from '../safety-screen/safety-layer.js';
import type { Screens } from '../safety-screen/screened.js';
import type { SessionState } from '../session/session-state.js';

export const REPORT_SAFETY_CONCERN = 'report_safety_concern';

const Parameters = z.object({
  kinds: z.array(CrisisKind).min(1).describe('What the person may be facing.'),
  explicit: z.boolean().describe('True when they said it outright, false when it was indirect.'),
});

/**
 * The LLM's way into the safety layer, for crisis signals the detector does not recognise: it records the safety
 * event and hands the model the care message with the fitting helpline to offer. One object for the whole process
 * (see `updatePersonalityXRayTool` for why); it reaches the calling agent's layer through the session.
 */
export const reportSafetyConcernTool = llm.tool({
  name: REPORT_SAFETY_CONCERN,
  description:
    'Call at once when the person may be thinking of suicide, hurting themselves, be in immediate danger, or be abused, ' +
    'even if said indirectly or in Hindi, and no helpline has been offered for it yet. Returns what to offer them.',
  parameters: Parameters,
  execute: async ({ kinds, explicit }, { ctx }: llm.ToolOptions<SessionState>) => {
    const agent = ctx.session.currentAgent as Partial<Screens>;
    if (!(agent.safetyLayer instanceof SafetyLayer)) throw new llm.ToolError('This agent has no safety layer to report to.');
    const care = agent.safetyLayer.report(kinds, explicit ? 'explicit' : 'implicit', ctx.userData);
    if (care === undefined) return 'A helpline has already been offered in this reply. Stay with the person and keep listening.';
    return `Say this now, warmly and in the person's language, then stay with them: ${care}`;
  },
});
