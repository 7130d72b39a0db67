
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0caebb0075ac9b59': `Loading information…`,
'scd1dd6ff53d0d01a': `Try again`,
'sf9c5c98c35ffe044': `You are seeing information saved earlier. It may be out of date.`,
's3c0101aff956fc2b': `This widget has no information source. The website needs to set one.`,
'sbab4aa8a2d1d4a08': `The information could not be loaded. Check your internet connection and try again.`,
'se5c24d7b99cbbf11': `Loading the information took too long. Check your internet connection and try again.`,
's3afa20653e37da49': `The information is not available at the moment. Please try again later.`,
's88b86dbfdbba0f82': `The information could not be read. Please try again later, or contact the city if this continues.`,
's88f41f201a8be86a': `Find a service`,
's82c7e1c2f662c686': `Search for a service`,
'sa6714c250e75e117': str`${0} services found`,
'sefcf950b3cc4fc3b': `Language`,
'sc265a3e29e1206e4': `Events`,
'sdefa4dea5ecdcced': `There are no upcoming events.`,
'sa9daa3a9952ae977': `There are no open calls for partners.`,
's6dbbe2646b239ca5': `Closed`,
'se9cfb2019276b734': str`Closes today at ${0}`,
's4580725d21aff0ea': str`Closes ${0}`,
    };
  