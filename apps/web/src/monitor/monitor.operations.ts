import { graphql } from '../gql';

/** Aggregates only: the monitor never asks for anything personal. */
export const LINE_FIGURES = graphql(`
  query LineFigures {
    lineFigures {
      agencyCode
      waiting
      pickedUp
      completed
      ended
      medianSecondsToPickup
    }
  }
`);
