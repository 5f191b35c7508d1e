import * as migration_20261122_025344_initial from './20261122_025344_initial';
import * as migration_20261123_173909_workflow from './20261123_173909_workflow';
import * as migration_20261123_190055_media_pipeline from './20261123_190055_media_pipeline';
import * as migration_20261123_190934_public_site from './20261123_190934_public_site';
import * as migration_20261123_194721_websub from './20261123_194721_websub';
import * as migration_20261201_215548_accounts from './20261201_215548_accounts';
import * as migration_20261202_153706_public_list_index from './20261202_153706_public_list_index';
import * as migration_20261205_005746_photo_approval from './20261205_005746_photo_approval';

export const migrations = [
  {
    up: migration_20261122_025344_initial.up,
    down: migration_20261122_025344_initial.down,
    name: '20261122_025344_initial',
  },
  {
    up: migration_20261123_173909_workflow.up,
    down: migration_20261123_173909_workflow.down,
    name: '20261123_173909_workflow',
  },
  {
    up: migration_20261123_190055_media_pipeline.up,
    down: migration_20261123_190055_media_pipeline.down,
    name: '20261123_190055_media_pipeline',
  },
  {
    up: migration_20261123_190934_public_site.up,
    down: migration_20261123_190934_public_site.down,
    name: '20261123_190934_public_site',
  },
  {
    up: migration_20261123_194721_websub.up,
    down: migration_20261123_194721_websub.down,
    name: '20261123_194721_websub',
  },
  {
    up: migration_20261201_215548_accounts.up,
    down: migration_20261201_215548_accounts.down,
    name: '20261201_215548_accounts',
  },
  {
    up: migration_20261202_153706_public_list_index.up,
    down: migration_20261202_153706_public_list_index.down,
    name: '20261202_153706_public_list_index',
  },
  {
    up: migration_20261205_005746_photo_approval.up,
    down: migration_20261205_005746_photo_approval.down,
    name: '20261205_005746_photo_approval'
  },
];
