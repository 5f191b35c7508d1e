import * as migration_20261122_025353_initial from './20261122_025353_initial';
import * as migration_20261123_173906_workflow from './20261123_173906_workflow';
import * as migration_20261123_190043_media_pipeline from './20261123_190043_media_pipeline';
import * as migration_20261123_190928_public_site from './20261123_190928_public_site';
import * as migration_20261201_214856_accounts from './20261201_214856_accounts';
import * as migration_20261202_153702_public_list_index from './20261202_153702_public_list_index';
import * as migration_20261205_005742_photo_approval from './20261205_005742_photo_approval';

export const migrations = [
  {
    up: migration_20261122_025353_initial.up,
    down: migration_20261122_025353_initial.down,
    name: '20261122_025353_initial',
  },
  {
    up: migration_20261123_173906_workflow.up,
    down: migration_20261123_173906_workflow.down,
    name: '20261123_173906_workflow',
  },
  {
    up: migration_20261123_190043_media_pipeline.up,
    down: migration_20261123_190043_media_pipeline.down,
    name: '20261123_190043_media_pipeline',
  },
  {
    up: migration_20261123_190928_public_site.up,
    down: migration_20261123_190928_public_site.down,
    name: '20261123_190928_public_site',
  },
  {
    up: migration_20261201_214856_accounts.up,
    down: migration_20261201_214856_accounts.down,
    name: '20261201_214856_accounts',
  },
  {
    up: migration_20261202_153702_public_list_index.up,
    down: migration_20261202_153702_public_list_index.down,
    name: '20261202_153702_public_list_index',
  },
  {
    up: migration_20261205_005742_photo_approval.up,
    down: migration_20261205_005742_photo_approval.down,
    name: '20261205_005742_photo_approval'
  },
];
