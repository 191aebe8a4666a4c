import article from './article';
import source from './source';
import comment from './comment';
import moderation from './moderation';
import settings from './settings';
<<<<<<< HEAD
import importController from './import';
=======
import openapi from './openapi';
>>>>>>> main

export default {
  article,
  source,
  comment,
  moderation,
  settings,
<<<<<<< HEAD
  import: importController,
=======
  openapi,
>>>>>>> main
};
