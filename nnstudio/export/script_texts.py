"""The words of the exported PyTorch script (docstrings, comments, help and printed messages), in English and
Korean. The code around them is the same in both languages; technical names stay as the lectures write them
(ReLU, Adam, MNIST, softmax, dropout).

Each entry is a ``str.format`` template. Entries whose name starts with ``f_`` end up inside an f-string of the
generated code: their ``{...}`` fields are Python expressions of that code, not template fields.
"""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        # -- the module docstring
        "title": "{name}: a network trained in NN Studio, exported as a PyTorch script.",
        "summary": "Network: {arch}. Loss: {loss}. Optimizer: {optimizer}. Batch size: {batch}. Data: {data}.",
        "usage_train": "continue training where NN Studio stopped, then test",
        "usage_import": "the trained network: build_model()(x) = NN Studio's predict(x)",
        "needs": "Needs torch and numpy.",
        "weights_beside": "The trained weights are in {file} beside this script.",
        "weights_embedded": "The trained weights are written into this script.",
        "data_beside": "The training and test data (exactly the points NN Studio trained on) are in {file}.",
        "data_embedded": "The training and test data are written into this script.",
        "data_mnist": "{title} is read from its four original .gz files (see --data-dir).",
        "data_unknown": "The data are not part of the export (a model file does not record them): write "
                        "load_data() for your data, or export again with --dataset NAME.",
        "unknown_data": "unknown",
        "differs": "What differs from NN Studio:",
        "differs_random": "Random numbers: torch draws fresh initial weights (build_model(trained=False)), the order "
                          "of the samples and the dropout masks from its own generator. The computation is the "
                          "same, the random numbers are not, so a run does not repeat NN Studio's number for "
                          "number.",
        "differs_optimizer": "The optimizer starts afresh: its running averages ({state}) are not exported.",
        "state_momentum": "the momentum buffer",
        "state_adagrad": "the sum of squared gradients",
        "state_rmsprop": "the average of squared gradients",
        "state_adam": "Adam's moment estimates",
        "differs_centered": "RMSprop(centered=True): where rounding makes the variance estimate negative, NN Studio "
                            "takes 0 and torch gives NaN.",
        "differs_digits": "NN Studio also trained on the digits drawn in its pad; they are not exported.",
        "differs_drawings": "NN Studio also trained on the clothes drawn in its pad; they are not exported.",
        "differs_batch": "The batch size was not given (a model file does not store it): BATCH_SIZE is NN Studio's "
                         "default, 32.",
        # -- constants
        "c_dtype": "NN Studio's model computes in {dtype}",
        "c_seed": "NN Studio's seed; here it seeds torch's generator (shuffling, dropout)",
        "c_batch": "samples per optimizer step",
        # -- build_model
        "build_doc": "The network as a torch.nn.Sequential: NN Studio's trained weights (trained=True) or fresh "
                     "initial weights drawn as NN Studio draws them (trained=False).\n\n"
                     "It ends with the output activation, so model(x) gives what NN Studio's predict gives{prob}; "
                     "the loss is not part of it (see compute_loss). x: a tensor of shape (n, {inputs}) in DTYPE.",
        "probabilities": " (probabilities)",
        "c_hidden": "hidden layer {n}: {units} neurons",
        "c_hidden_1": "hidden layer {n}: 1 neuron",
        "c_output": "output layer: {units} neurons",
        "c_output_1": "output layer: 1 neuron",
        "c_input_dropout": "dropout on the inputs",
        "c_dropout": "dropout: active only in model.train(), as in NN Studio's training",
        "c_softmax": "output activation: class probabilities that sum to 1",
        "c_sigmoid": "output activation: probabilities in 0..1",
        "c_linear": "(linear output: no activation)",
        # -- initialize
        "init_doc": "Fresh initial weights from NN Studio's initializers: the same distributions, torch's random "
                    "numbers.",
        "c_constant": "explicit values set by hand",
        # -- weights
        "c_weights": "NN Studio's trained weights in torch's layout: a Linear's weight is (outputs, inputs), NN "
                     "Studio's W transposed.",
        "weights_doc": "NN Studio's trained weights as a state dict for build_model.",
        "weights_npz_doc": "NN Studio's trained weights as a state dict for build_model, read from {file} "
                           "(allow_pickle=False: numbers only, never code). A Linear's weight is (outputs, "
                           "inputs): NN Studio's W transposed.",
        # -- compute_loss
        "loss_doc": "The training loss of a batch, computed as NN Studio computes it: {what}.",
        "loss_ce": "categorical cross-entropy, the mean over the batch",
        "loss_bce": "binary cross-entropy, the mean over all outputs",
        "loss_mse": "the mean squared error over all outputs (torch's MSELoss)",
        "loss_quadratic": "Nielsen's quadratic cost C = 1/(2n) Σ ||y - a||², n the samples in the batch",
        "loss_ce_clipped": "categorical cross-entropy of the outputs, clipped at 1e-7 before the log as NN Studio "
                           "does, the mean over the batch",
        "loss_bce_clipped": "binary cross-entropy of the outputs, clipped to [1e-7, 1 - 1e-7] before the log as "
                            "NN Studio does, the mean over all outputs",
        "c_fused_ce": "The model ends with Softmax, but cross_entropy takes the logits z (the output layer before "
                      "softmax) and applies log-softmax itself: the same cost as NN Studio's softmax + cross-entropy "
                      "pair, computed without log(0). Never give it model(x): softmax would be applied twice.",
        "c_fused_bce": "The model ends with Sigmoid, but binary_cross_entropy_with_logits takes the logits z and "
                       "applies the sigmoid itself: the same cost as NN Studio's sigmoid + binary cross-entropy "
                       "pair, computed without log(0). Never give it model(x): the sigmoid would be applied twice.",
        "c_logits": "every layer but the last one (the output activation)",
        "c_penalty": "L1/L2 penalty of {layer}, added as it is (not divided by the batch size)",
        "hidden_layer": "hidden layer {n}",
        "output_layer": "the output layer",
        # -- make_optimizer
        "opt_doc": "NN Studio's optimizer with its hyper-parameters (NN Studio uses torch's names and update "
                   "rules).",
        # -- targets
        "targets_labels": "The data's targets as compute_loss takes them: class labels 0..{last} (int64).",
        "targets_onehot": "The data's targets as compute_loss takes them: class labels become one-hot rows (n, {k}) "
                          "as in NN Studio; other targets stay numbers in DTYPE.",
        "targets_numbers": "The data's targets as compute_loss takes them: numbers of shape (n, {k}) in DTYPE.",
        # -- data
        "data_doc": "The training and test data as NN Studio had them: (x_train, y_train, x_test, y_test); x is "
                    "(n, {inputs}), y as stored (class labels or numbers).",
        "data_npz_doc": "The training and test data as NN Studio had them, read from {file}: (x_train, y_train, "
                        "x_test, y_test); x is (n, {inputs}), y as stored (class labels or numbers).",
        "mnist_doc": "{title} as NN Studio reads it: (x_train, y_train, x_test, y_test), x the pixels / 255 in "
                     "[0, 1] of shape (n, 784), y the labels 0..9. From the four .gz files in data_dir or "
                     "data_dir/{folder}.",
        "mnist_missing": "{title} not found in {{where}}: put its four .gz files ({{files}}) there, or give "
                         "--data-dir DIR.",
        "idx_doc": "One IDX file (MNIST's format): images as (n, rows * cols) uint8, labels as (n,) uint8.",
        "c_idx_images": "images: the sizes follow",
        "c_idx_labels": "labels",
        "unknown_doc": "Your data: the export does not know which data this network was trained on.",
        "unknown_message": "This network's training data are unknown (a model file does not record them): write "
                           "load_data() for your data, or export again with --dataset NAME.",
        # -- training
        "step_doc": "One optimizer step on the batch (x, y); returns the batch's loss before the step, as NN Studio "
                    "reports it.",
        "eval_doc": "The loss on (x, y) with dropout off.",
        "eval_acc_doc": "The loss and the accuracy on (x, y) with dropout off.",
        "main_description": "Continue training the network exported from NN Studio, then test it.",
        "h_epochs": "passes over the training data (default {default})",
        "h_batch": "samples per optimizer step (default: NN Studio's, {default})",
        "h_data_dir": "folder holding the .gz files (default: $NNSTUDIO_DATA, else this script's folder)",
        "h_save": "file to save the trained weights to (default: {default})",
        "c_manual_seed": "torch's seed: runs repeat, with other random numbers than NN Studio's",
        "c_shuffle": "a new order every epoch, as NN Studio shuffles",
        "f_epoch": "epoch {epoch + 1}/{args.epochs}  loss {total / n:.4f}",
        "f_test": "test loss {loss:.4f}",
        "f_test_acc": "test loss {loss:.4f}  accuracy {accuracy:.2%}",
        "f_saved": "saved the weights to {args.save}",
    },
    "ko": {
        "title": "{name}: NN Studio에서 학습시킨 신경망을 PyTorch 스크립트로 내보낸 것입니다.",
        "summary": "신경망: {arch}. 손실 함수: {loss}. 옵티마이저: {optimizer}. 배치 크기: {batch}. 데이터: {data}.",
        "usage_train": "NN Studio에서 멈춘 지점부터 이어서 학습한 뒤 테스트합니다",
        "usage_import": "학습된 신경망: build_model()(x) = NN Studio의 predict(x)",
        "needs": "torch와 numpy가 필요합니다.",
        "weights_beside": "학습된 가중치는 이 스크립트 옆의 {file} 파일에 들어 있습니다.",
        "weights_embedded": "학습된 가중치는 이 스크립트 안에 그대로 적혀 있습니다.",
        "data_beside": "학습 데이터와 테스트 데이터(NN Studio에서 실제로 학습에 쓴 점들 그대로)는 {file} 파일에 "
                       "있습니다.",
        "data_embedded": "학습 데이터와 테스트 데이터도 이 스크립트 안에 적혀 있습니다.",
        "data_mnist": "{title} 데이터는 원본 .gz 파일 네 개에서 직접 읽습니다(--data-dir 참고).",
        "data_unknown": "데이터는 함께 내보내지 못했습니다(모델 파일에는 어떤 데이터로 학습했는지 기록되지 "
                        "않습니다). load_data()를 직접 작성하거나 --dataset NAME을 붙여 다시 내보내세요.",
        "unknown_data": "알 수 없음",
        "differs": "NN Studio와 다른 점:",
        "differs_random": "난수: 새 초기 가중치(build_model(trained=False)), 샘플의 순서, 드롭아웃 마스크를 torch가 "
                          "자체 난수 생성기로 뽑습니다. 계산 방식은 같지만 난수가 다르므로, NN Studio의 실행 결과가 "
                          "숫자 하나하나까지 똑같이 재현되지는 않습니다.",
        "differs_optimizer": "옵티마이저는 처음 상태에서 다시 시작합니다. 학습 중에 쌓인 값({state})은 내보내지 "
                             "않습니다.",
        "state_momentum": "모멘텀 버퍼",
        "state_adagrad": "기울기 제곱의 누적 합",
        "state_rmsprop": "기울기 제곱의 이동 평균",
        "state_adam": "Adam의 1차·2차 모멘트 추정값",
        "differs_centered": "RMSprop(centered=True): 반올림 오차 때문에 분산 추정값이 음수가 되면 NN Studio는 0으로 "
                            "처리하고 torch는 NaN을 냅니다.",
        "differs_digits": "NN Studio에서는 패드에 직접 그린 숫자도 함께 학습했지만, 그 숫자들은 내보내지 않았습니다.",
        "differs_drawings": "NN Studio에서는 패드에 직접 그린 옷도 함께 학습했지만, 그 그림들은 내보내지 않았습니다.",
        "differs_batch": "배치 크기가 주어지지 않았으므로(모델 파일에는 저장되지 않습니다) BATCH_SIZE는 NN Studio의 "
                         "기본값 32입니다.",
        "c_dtype": "NN Studio 모델의 계산 정밀도({dtype})",
        "c_seed": "NN Studio의 시드. 여기서는 torch 난수 생성기(셔플, 드롭아웃)의 시드로 씁니다",
        "c_batch": "최적화 스텝 한 번에 쓰는 샘플 수",
        "build_doc": "신경망을 torch.nn.Sequential로 만듭니다. trained=True이면 NN Studio에서 학습된 가중치를, "
                     "trained=False이면 NN Studio와 같은 방식으로 새로 뽑은 초기 가중치를 씁니다.\n\n"
                     "출력층의 활성화 함수까지 들어 있으므로 model(x)는 NN Studio의 predict와 같은 값{prob}을 "
                     "냅니다. 손실 함수는 모델에 넣지 않았습니다(compute_loss 참고). x: DTYPE의 (n, {inputs}) 텐서.",
        "probabilities": "(확률)",
        "c_hidden": "은닉층 {n}: 뉴런 {units}개",
        "c_hidden_1": "은닉층 {n}: 뉴런 1개",
        "c_output": "출력층: 뉴런 {units}개",
        "c_output_1": "출력층: 뉴런 1개",
        "c_input_dropout": "입력에 거는 드롭아웃",
        "c_dropout": "드롭아웃: NN Studio의 학습 때처럼 model.train()에서만 작동",
        "c_softmax": "출력 활성화 함수: 합이 1이 되는 클래스별 확률",
        "c_sigmoid": "출력 활성화 함수: 0과 1 사이의 확률",
        "c_linear": "(선형 출력: 활성화 함수 없음)",
        "init_doc": "NN Studio의 가중치 초기화 방법으로 새 초기 가중치를 뽑습니다. 분포는 같고, 난수만 torch의 "
                    "것입니다.",
        "c_constant": "직접 정해 준 값",
        "c_weights": "NN Studio에서 학습된 가중치. torch에서는 Linear의 weight가 (출력 수, 입력 수) 모양이므로 "
                     "NN Studio의 W를 전치해 두었습니다.",
        "weights_doc": "NN Studio에서 학습된 가중치를 build_model이 읽는 state dict로 돌려줍니다.",
        "weights_npz_doc": "NN Studio에서 학습된 가중치를 {file}에서 읽어 build_model이 읽는 state dict로 돌려줍니다 "
                           "(allow_pickle=False: 숫자만 읽고 코드는 절대 실행하지 않습니다). Linear의 weight는 "
                           "(출력 수, 입력 수) 모양으로, NN Studio의 W를 전치한 것입니다.",
        "loss_doc": "배치 하나의 손실을 NN Studio와 똑같은 방식으로 계산합니다: {what}.",
        "loss_ce": "범주형 교차 엔트로피(categorical cross-entropy)의 배치 평균",
        "loss_bce": "이진 교차 엔트로피(binary cross-entropy)를 모든 출력에 대해 평균한 값",
        "loss_mse": "평균 제곱 오차(MSE)를 모든 출력에 대해 평균한 값 (torch의 MSELoss와 같음)",
        "loss_quadratic": "Nielsen의 이차 비용(quadratic cost) C = 1/(2n) Σ ||y - a||², n은 배치의 샘플 수",
        "loss_ce_clipped": "출력값에 대한 범주형 교차 엔트로피의 배치 평균. NN Studio처럼 log를 취하기 전에 "
                           "1e-7보다 작은 값은 1e-7로 자릅니다",
        "loss_bce_clipped": "출력값에 대한 이진 교차 엔트로피를 모든 출력에 대해 평균한 값. NN Studio처럼 log를 "
                            "취하기 전에 [1e-7, 1 - 1e-7] 범위로 자릅니다",
        "c_fused_ce": "모델의 마지막 층은 Softmax이지만, cross_entropy에는 로짓 z(softmax를 거치기 전 출력층의 값)를 "
                      "넣어야 합니다. cross_entropy가 log-softmax를 직접 계산하므로, NN Studio의 softmax + 교차 "
                      "엔트로피 조합과 같은 비용이 log(0) 없이 안정적으로 나옵니다. model(x)를 넣으면 softmax가 두 번 "
                      "적용되니 주의하세요.",
        "c_fused_bce": "모델의 마지막 층은 Sigmoid이지만, binary_cross_entropy_with_logits에는 로짓 z를 넣습니다. "
                       "시그모이드를 함수 안에서 직접 계산하므로, NN Studio의 sigmoid + 이진 교차 엔트로피 조합과 "
                       "같은 비용이 log(0) 없이 나옵니다. model(x)를 넣으면 시그모이드가 두 번 적용되니 주의하세요.",
        "c_logits": "마지막 층(출력 활성화 함수)을 뺀 모든 층",
        "c_penalty": "{layer}의 L1/L2 규제 항. 배치 크기로 나누지 않고 그대로 더합니다",
        "hidden_layer": "은닉층 {n}",
        "output_layer": "출력층",
        "opt_doc": "NN Studio의 옵티마이저를 같은 하이퍼파라미터로 만듭니다(NN Studio는 torch와 같은 이름과 갱신 "
                   "규칙을 씁니다).",
        "targets_labels": "데이터의 정답(target)을 compute_loss가 받는 형태로 바꿉니다: 0..{last}의 클래스 레이블(int64).",
        "targets_onehot": "데이터의 정답(target)을 compute_loss가 받는 형태로 바꿉니다: 클래스 레이블은 NN Studio처럼 "
                          "원-핫 벡터 (n, {k})로 바꾸고, 그 밖의 정답은 DTYPE의 실수로 둡니다.",
        "targets_numbers": "데이터의 정답(target)을 compute_loss가 받는 형태로 바꿉니다: DTYPE의 (n, {k}) 실수 배열.",
        "data_doc": "NN Studio에서 쓴 학습 데이터와 테스트 데이터 (x_train, y_train, x_test, y_test). x는 (n, {inputs}), "
                    "y는 저장된 그대로(클래스 레이블 또는 실수값)입니다.",
        "data_npz_doc": "NN Studio에서 쓴 학습 데이터와 테스트 데이터를 {file}에서 읽습니다: (x_train, y_train, "
                        "x_test, y_test). x는 (n, {inputs}), y는 저장된 그대로(클래스 레이블 또는 실수값)입니다.",
        "mnist_doc": "{title} 데이터를 NN Studio와 똑같이 읽습니다: (x_train, y_train, x_test, y_test). x는 픽셀 값을 "
                     "255로 나눠 [0, 1] 범위로 만든 (n, 784) 배열, y는 0..9의 레이블입니다. data_dir 또는 "
                     "data_dir/{folder}에 있는 .gz 파일 네 개에서 읽습니다.",
        "mnist_missing": "{title} 데이터를 찾지 못했습니다({{where}}). .gz 파일 네 개({{files}})를 그곳에 두거나 "
                         "--data-dir DIR로 폴더를 알려 주세요.",
        "idx_doc": "IDX 파일(MNIST의 저장 형식) 하나를 읽습니다: 이미지는 (n, 행 * 열) uint8, 레이블은 (n,) uint8.",
        "c_idx_images": "이미지: 뒤이어 행과 열의 크기가 나옵니다",
        "c_idx_labels": "레이블",
        "unknown_doc": "학습 데이터: 이 신경망이 어떤 데이터로 학습했는지 내보낼 때 알 수 없었습니다.",
        "unknown_message": "이 신경망의 학습 데이터를 알 수 없습니다(모델 파일에는 기록되지 않습니다). load_data()에 "
                           "데이터를 읽는 코드를 쓰거나, --dataset NAME을 붙여 다시 내보내세요.",
        "step_doc": "배치 (x, y)로 최적화 스텝을 한 번 밟고, 스텝 전의 배치 손실을 돌려줍니다(NN Studio가 보여 주는 "
                    "값과 같습니다).",
        "eval_doc": "드롭아웃을 끄고 (x, y)에서 손실을 계산합니다.",
        "eval_acc_doc": "드롭아웃을 끄고 (x, y)에서 손실과 정확도를 계산합니다.",
        "main_description": "NN Studio에서 내보낸 신경망을 이어서 학습한 뒤 테스트합니다.",
        "h_epochs": "에폭 수: 학습 데이터 전체를 몇 번 반복할지 (기본값 {default})",
        "h_batch": "최적화 스텝 한 번에 쓰는 샘플 수 (기본값: NN Studio와 같은 {default})",
        "h_data_dir": ".gz 파일이 있는 폴더 (기본값: $NNSTUDIO_DATA, 없으면 이 스크립트가 있는 폴더)",
        "h_save": "학습된 가중치를 저장할 파일 (기본값: {default})",
        "c_manual_seed": "torch의 시드: 다시 실행해도 결과가 같지만, 난수 자체는 NN Studio와 다릅니다",
        "c_shuffle": "NN Studio처럼 에폭마다 샘플 순서를 새로 섞습니다",
        "f_epoch": "에폭 {epoch + 1}/{args.epochs}  손실 {total / n:.4f}",
        "f_test": "테스트 손실 {loss:.4f}",
        "f_test_acc": "테스트 손실 {loss:.4f}  정확도 {accuracy:.2%}",
        "f_saved": "가중치를 {args.save}에 저장했습니다",
    },
}
