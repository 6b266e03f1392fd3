package dev.slsbench.examples.model;

import dev.slsbench.examples.container.ContainerServer;
import dev.slsbench.examples.container.FeatureRowsReader;
import dev.slsbench.examples.container.InvocationHandler;
import dev.slsbench.examples.container.PredictionsWriter;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The example churn model's inference container: loads the XGBoost model, then serves the
 * SageMaker container contract. {@code POST /invocations} takes customer rows (sixteen features in
 * {@link dev.slsbench.examples.data.ChurnDataSet#FEATURE_NAMES} order) as {@code text/csv} or
 * {@code application/json} and answers each row's churn probability, in the form the Accept header
 * asks for. The model directory is {@code SM_MODEL_DIR} when the model's environment sets it, else
 * {@code --model-dir DIR}, else SageMaker's {@code /opt/ml/model}; the port is
 * {@code SAGEMAKER_BIND_TO_PORT} (8080 when unset).
 *
 * <pre>
 * java -cp ... dev.slsbench.examples.model.ModelServer [--model-dir DIR] [serve]
 * </pre>
 */
public final class ModelServer {

    /** Where SageMaker puts a model's artifacts inside its container. */
    public static final Path SAGEMAKER_MODEL_DIR = Path.of("/opt/ml/model");
    private static final String USAGE = "ModelServer [--model-dir DIR]";

    private ModelServer() {
    }

    public static void main(String[] args) throws Exception {
        Path modelDirectory = SAGEMAKER_MODEL_DIR;
        int next = 0;
        if (args.length >= 2 && "--model-dir".equals(args[0])) {
            modelDirectory = Path.of(args[1]);
            next = 2;
        }
        ContainerServer.requireServeArgument(Arrays.copyOfRange(args, next, args.length), USAGE, System.err);
        String fromEnvironment = System.getenv("SM_MODEL_DIR");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            modelDirectory = Path.of(fromEnvironment);
        }
        ChurnModel model = ChurnModel.load(modelDirectory);
        ContainerServer server = ContainerServer.start(ContainerServer.portFromEnvironment(), handler(model));
        System.err.println("churn model from " + modelDirectory + " (" + model.featureCount() + " features, "
                + model.threads() + " threads) serving on 127.0.0.1:" + server.port());
    }

    /** The {@code /invocations} handler for {@code model}: rows in, one churn probability per row out. */
    static InvocationHandler handler(ChurnModel model) {
        FeatureRowsReader reader = new FeatureRowsReader(model.featureCount());
        return request -> PredictionsWriter.write(request, model.predict(reader.read(request)));
    }
}
