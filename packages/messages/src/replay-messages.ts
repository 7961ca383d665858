import { z } from 'zod';
import { id } from '@tiffin/contracts';

/**
 * How a view is rebuilt from the owners' event logs (eventLogs): not one service's messages but the
 * protocol between any view and every owner of a log.
 */
export const replayPayloads = {
    /**
     * A view (`requester`) being rebuilt → every owner of an event log (see eventLogs): republish your
     * logged events of these types, addressed to me, for this rebuild.
     */
    ReplayEvents: z.object({ rebuildId: id, requester: z.string().min(1), types: z.array(z.string().min(1)).min(1) }),
    /**
     * owner → the view that asked: one logged event, exactly as first published. Its own type, so the
     * live consumers of the event (delivery scheduling, …) never see a replay.
     */
    ReplayedEvent: z.object({
      rebuildId: id,
      requester: z.string(),
      owner: z.string(),
      /** The whole message; the receiver checks it against this catalogue as it checks a live one. */
      event: z.object({ id, type: z.string() }).loose(),
    }),
    /** owner → the view that asked: every one of its `events` logged events has been republished. */
    EventReplayFinished: z.object({ rebuildId: id, requester: z.string(), owner: z.string(), events: z.number().int().nonnegative() }),
} as const;
