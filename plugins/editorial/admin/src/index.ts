import { PLUGIN_ID } from './pluginId';

export default {
  register(app: any) {
    app.registerPlugin({
      id: PLUGIN_ID,
      name: 'Editorial',
    });
  },
  bootstrap() {},
  async registerTrads() {
    return [];
  },
};
