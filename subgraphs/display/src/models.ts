import type {
  ContentItem,
  Emergency,
  ScheduleRule,
  Screen,
  ScreenCredential,
} from './generated/prisma/client.ts';

export type ScreenModel = Screen;
export type ContentItemModel = ContentItem;
export type ScheduleRuleModel = ScheduleRule;
export type EmergencyModel = Emergency;
export type ScreenCredentialModel = ScreenCredential;

export interface ScreenHealthModel {
  screen: Screen;
  lastSeenAt: Date | null;
  clientVersion: string | null;
  showing: string | null;
  online: boolean;
}

export interface PlaylistEntryModel {
  item: ContentItem;
  priority: number;
  sharePercent: number;
}

export interface ScreenSnapshotModel {
  screen: Screen;
  version: number;
  emergency: Emergency | null;
  playlist: PlaylistEntryModel[];
  current: ContentItem | null;
  at: Date;
}

export interface ScreenEventModel {
  screenId: string;
  version: number;
  kind: 'EMERGENCY_PUBLISHED' | 'EMERGENCY_ENDED' | 'CONTENT_CHANGED';
  emergency: Emergency | null;
  at: Date;
}

export interface IssuedCredentialModel {
  secret: string;
  credential: ScreenCredential;
}
